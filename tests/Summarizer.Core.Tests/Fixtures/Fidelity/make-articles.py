#!/usr/bin/env python3
"""Writes articles.jsonl: 30 news-like articles for the PDF/DOCX fidelity test.

Every sentence template here was written for this project; slots are filled from small lists with a fixed seed, so
the output is the same on every run. Run: python3 make-articles.py > articles.jsonl
"""
import json
import random

TOWNS = ["Northbridge", "Elmsford", "Carrow Bay", "Aldermoor", "Westhaven", "Kestrel Point", "Ashby Vale", "Millbrook",
         "Port Ellery", "Dunmere", "Greyfield", "Oakhurst"]
PEOPLE = ["Maria Okafor", "Tomas Lindqvist", "Priya Raman", "Daniel Whitcombe", "Aisha Bello", "Henrik Sorensen",
          "Grace Mbeki", "Luis Carvalho", "Nadia Petrova", "Owen Gallagher", "Sofia Marchetti", "Kenji Watanabe"]
ROLES = ["the council leader", "the project director", "a senior engineer", "the regional manager", "a local historian",
         "the chief executive", "a spokesperson for the residents' association", "the head of planning"]

TOPICS = {
    "bridge": {
        "title": "{town} approves {amount} million plan to rebuild river crossing",
        "sentences": [
            "Councillors in {town} voted {votes} to {against} on Tuesday to replace the ageing {river} bridge with a wider structure carrying cycle lanes and a bus corridor.",
            "The existing bridge, opened in {year}, has been under a weight restriction since inspectors found corrosion in its steel bearings.",
            "Engineers estimate the rebuild will cost {amount} million pounds, with roughly a third coming from a national transport fund.",
            "{person}, {role}, said the vote ended years of uncertainty for commuters who cross the river every day.",
            "\"We have patched this bridge for long enough, and every repair has bought us less time than the last,\" {surname} said.",
            "Construction is due to start next spring and should take about {months} months, during which a temporary crossing will carry pedestrians.",
            "Drivers will be diverted through {town2}, adding up to {minutes} minutes to some journeys at peak times.",
            "Shop owners near the northern approach have asked for compensation, arguing that the closure will cut their trade during the busiest season.",
            "The council said it would publish a support scheme for affected businesses before work begins.",
            "Opposition members questioned whether the budget included enough contingency for rising steel prices.",
            "An independent review last year found that similar projects elsewhere had overrun their budgets by an average of {percent} percent.",
            "The new design keeps the stone abutments of the original crossing, which are listed as part of the town's industrial heritage.",
            "Local cycling groups welcomed the plan, saying the current bridge is one of the most dangerous stretches of road in the district.",
            "A public exhibition of the final design will open at the town library later this month.",
        ],
    },
    "storm": {
        "title": "Storm leaves thousands without power across {town}",
        "sentences": [
            "More than {count} homes in and around {town} lost electricity overnight as a storm brought gusts of up to {speed} miles per hour.",
            "Fallen trees blocked several roads, and the coastal route to {town2} was closed after waves threw debris across the carriageway.",
            "The regional network operator said engineers had restored supply to most customers by midday but warned that some rural properties could wait until the weekend.",
            "{person}, {role}, said crews had been working through the night in difficult conditions.",
            "\"Our teams are clearing lines as fast as it is safe to do so, and we ask people to stay well away from any cable on the ground,\" {surname} said.",
            "Schools in three villages stayed shut, and the ferry service to the islands was cancelled for a second day.",
            "Forecasters said the worst of the wind had passed, although heavy rain was expected to continue into the evening.",
            "Flood warnings remain in place for low-lying streets near the harbour, where sandbags were handed out on Monday.",
            "The storm is the {ordinal} to reach the area this season, an unusually high number for the time of year.",
            "Insurers reported a rise in claims for roof damage, most of them from older terraced houses.",
            "Volunteers opened the community hall as a warm space for residents without heating.",
            "The council urged people to check on elderly neighbours and to report blocked drains through its website.",
            "Rail services between {town} and the city resumed in the afternoon after a signal fault was repaired.",
            "A full assessment of the damage is expected to take several weeks.",
        ],
    },
    "hospital": {
        "title": "{town} hospital opens new cancer treatment centre",
        "sentences": [
            "A cancer treatment centre costing {amount} million pounds opened at {town} General Hospital on Friday, bringing radiotherapy closer to thousands of patients.",
            "Until now, people needing radiotherapy travelled to the city, a round trip of up to {minutes} minutes for each of their daily sessions.",
            "The centre has two linear accelerators, a chemotherapy suite with {count} chairs and a garden designed with former patients.",
            "{person}, {role}, said the opening was the result of a fundraising campaign that began in {year}.",
            "\"Families told us that the travel was wearing them down as much as the treatment, and today that changes,\" {surname} said.",
            "Local donors raised about a quarter of the cost, and the rest came from the health service's capital budget.",
            "The hospital expects to treat around {patients} patients a year once the centre is running at full capacity.",
            "Recruitment of specialist staff has been a challenge, and some posts are still being filled through agencies.",
            "Managers said they had offered relocation packages to radiographers from other regions to close the gap.",
            "The building uses heat pumps and solar panels, which the trust says will cut its energy bills by {percent} percent.",
            "Patient groups welcomed the opening but called for better evening bus services to the hospital site.",
            "The first patients will be treated next week, starting with those who currently travel the furthest.",
            "A second phase, adding a day unit for blood cancers, is planned for the end of next year.",
            "Staff marked the opening with a small ceremony attended by volunteers who had helped raise the money.",
        ],
    },
    "factory": {
        "title": "Battery maker to create {jobs} jobs at former {town} steelworks",
        "sentences": [
            "A battery manufacturer has announced plans to build a factory on the site of the former steelworks in {town}, creating about {jobs} jobs.",
            "The company said the plant would produce cells for electric buses and grid storage, with production starting in {year2}.",
            "The site has stood largely empty since the steelworks closed in {year}, when more than two thousand people lost their jobs.",
            "{person}, {role}, described the announcement as the most important investment in the area for a generation.",
            "\"People here know how to make things, and this brings skilled work back to the place where their parents built careers,\" {surname} said.",
            "The firm will invest {amount} million pounds in the first phase, supported by a grant from the regional development fund.",
            "A training partnership with the college in {town2} will offer courses in electrical engineering and chemical processing.",
            "Environmental groups said they would study the plans closely, pointing to the water the plant will need for cooling.",
            "The company said it would recycle most of its process water and reuse heat from production to warm nearby offices.",
            "Local suppliers hope to win contracts for construction, logistics and maintenance once the factory is built.",
            "Planning permission is still required, and a public consultation will open in the coming weeks.",
            "Unions welcomed the news but asked the company to commit to recognising workers' representatives from the start.",
            "House prices in the surrounding villages have risen by {percent} percent since rumours of the deal first circulated.",
            "The council said the site's old railway sidings could be reopened to carry finished batteries to the port.",
        ],
    },
    "football": {
        "title": "{town} Rovers reach cup quarter-final after late winner",
        "sentences": [
            "{town} Rovers reached the quarter-final of the national cup for the first time since {year} after a stoppage-time goal against {town2} City.",
            "Striker {person} headed in from a corner in the {minute} minute, sending the travelling supporters into celebration.",
            "City had led for much of the second half after their captain scored from a penalty awarded for handball.",
            "Rovers equalised with {minutes} minutes left when a long-range shot deflected off a defender and looped over the goalkeeper.",
            "The home side finished with ten men after their midfielder was sent off for a second booking.",
            "\"The players never stopped believing, and that is what this club is about,\" said the Rovers manager after the match.",
            "The win is worth about {amount} hundred thousand pounds in prize money and television fees to the club.",
            "Rovers play in the third tier and had to come through two qualifying rounds to reach the competition proper.",
            "A crowd of {count} watched the tie, the largest at the ground this season.",
            "The draw for the quarter-finals takes place on Sunday evening and will be shown live.",
            "Club officials said extra trains had been arranged for supporters travelling back to {town} after the game.",
            "The manager said he would rest several players in the league fixture on Saturday to avoid injuries.",
            "City's coach praised his team's effort but admitted they had failed to deal with set pieces all afternoon.",
            "Tickets for the next round are expected to sell out within hours of going on sale.",
        ],
    },
    "science": {
        "title": "Researchers in {town} find new way to detect crop disease early",
        "sentences": [
            "Scientists at the {town} Institute of Agriculture have developed a method that spots a common wheat disease days before symptoms appear.",
            "The technique uses drones fitted with cameras that measure light reflected by leaves in wavelengths the human eye cannot see.",
            "In field trials over {months} months, the system identified infected plants with an accuracy of {percent} percent.",
            "{person}, who led the study, said early detection could let farmers treat small patches instead of spraying whole fields.",
            "\"If you can see the problem before it spreads, you use less chemical, you spend less money and you protect the soil,\" {surname} said.",
            "The disease costs growers in the region an estimated {amount} million pounds a year in lost yield.",
            "The research, published this week, was funded by a consortium of farming cooperatives and a national science council.",
            "The team tested the drones on {count} hectares of farmland around {town2}, flying them twice a week through the growing season.",
            "Some farmers who took part said the maps produced by the system were easy to read and fitted into their routines.",
            "Others raised concerns about the cost of the equipment, which remains high for small farms.",
            "The researchers said they were talking to manufacturers about a cheaper camera that could be shared between neighbouring farms.",
            "Independent experts described the results as promising but said trials in wetter climates were needed.",
            "The institute plans to extend the work to barley and oilseed rape next year.",
            "A free online tool for reading the drone maps will be released to growers in the spring.",
        ],
    },
}

RIVERS = ["Wend", "Auber", "Tarrow", "Lune", "Caddon", "Esk"]
ORDINALS = ["third", "fourth", "fifth", "sixth"]


def fill(template, slots):
    return template.format(**slots)


def article(rng, index):
    topic_name = list(TOPICS)[index % len(TOPICS)]
    topic = TOPICS[topic_name]
    town, town2 = rng.sample(TOWNS, 2)
    person = rng.choice(PEOPLE)
    slots = {
        "town": town, "town2": town2, "person": person, "surname": person.split()[-1], "role": rng.choice(ROLES),
        "amount": rng.choice([12, 18, 24, 35, 42, 57, 63]), "votes": rng.randint(21, 34), "against": rng.randint(3, 12),
        "river": rng.choice(RIVERS), "year": rng.randint(1958, 2009), "year2": rng.randint(2027, 2030),
        "months": rng.choice([14, 18, 22, 26]), "minutes": rng.choice([15, 20, 25, 40]), "percent": rng.choice([12, 18, 27, 35, 91]),
        "count": rng.choice(["4,200", "7,800", "12,500", "19,000", "26", "340"]), "speed": rng.randint(62, 88),
        "ordinal": rng.choice(ORDINALS), "patients": rng.choice(["2,400", "3,100", "3,800"]), "jobs": rng.choice([450, 800, 1200]),
        "minute": rng.choice(["91st", "93rd", "94th", "96th"]),
    }
    sentences = topic["sentences"]
    # The lead stays first; the rest keep their order but some are left out, so no two articles read the same.
    body = [sentences[0]] + [s for s in sentences[1:] if rng.random() < 0.8]
    paragraphs, current = [], []
    for sentence in body:
        current.append(fill(sentence, slots))
        if len(current) >= rng.choice([1, 2, 2, 3]):
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    return {"id": "fidelity-%02d" % (index + 1), "title": fill(topic["title"], slots), "text": "\n\n".join(paragraphs)}


def main():
    rng = random.Random(10)
    for index in range(30):
        print(json.dumps(article(rng, index), ensure_ascii=False))


if __name__ == "__main__":
    main()
