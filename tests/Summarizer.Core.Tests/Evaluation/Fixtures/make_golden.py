#!/usr/bin/env python3
"""Regenerates the ROUGE and Porter golden files from the reference scorer.

Usage: python3 make_golden.py PATH/TO/eval   (the folder holding rouge.py and sentsplit.py)

The texts below were written for these tests; they exercise the tokenizer (numbers, punctuation, Unicode, case),
the stemmer, ROUGE-Lsum's line handling and the one-line hypothesis split.
"""

import json
import os
import sys

sys.path.insert(0, sys.argv[1] if len(sys.argv) > 1 else "../shared/eval")
from rouge import PorterStemmer, RougeScorer  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))

PAIRS = [
    # (reference, hypothesis, lang)
    ("The council approved the new ferry timetable on Monday.", "The council approved a new ferry timetable.", "en"),
    ("The council approved the new ferry timetable on Monday.", "", "en"),
    ("", "Something was said about ferries.", "en"),
    ("", "", "en"),
    ("   ", "\n\n", "en"),
    ("Ferries run hourly.\nFares rise by 5%.", "Fares rise by 5%.\nFerries run hourly.", "en"),
    ("Ferries run hourly.\nFares rise by 5%.", "Fares rise by 5%. Ferries run hourly.", "en"),
    ("Ferries run hourly.\nFares rise by 5%.", "Fares rise by 5%. ferries run hourly.", "en"),
    ("Trains were cancelled; buses replaced them.", "Buses replaced the cancelled trains.", "en"),
    ("Running runners ran; the run was running late.", "The runner runs, and runs again.", "en"),
    ("Connection, connections, connected, connecting.", "connect connective connectivity", "en"),
    ("Generalizations are generally generated generously.", "General generation of generalization.", "en"),
    ("The 2024 budget rose 3.5% to $1,200,000.", "Budget 2024: up 3.5 per cent, to 1.2m dollars.", "en"),
    ("Call 0800-123-456 before 9:30pm on 12/05/2025.", "Phone 0800 123 456 by 21:30 on 12 May 2025.", "en"),
    ("Mr. O'Neill's dog-walking co-op (est. 1999) closed.", "O'Neill said the co-op, founded in 1999, has closed.", "en"),
    ("U.S. officials met E.U. envoys at 10 a.m. on Tuesday.", "US officials met EU envoys on Tuesday morning.", "en"),
    ("Dr. Patel arrived. She spoke for an hour. Nobody left early.", "Dr. Patel spoke for an hour. Nobody left.", "en"),
    ("J. K. Marsh wrote the report. It was long.", "The report by J. K. Marsh was long. Very long!", "en"),
    ("Is it over? Yes. It is over!", "It is over. Is it? Yes!", "en"),
    ("She said \"No.\" Then she left.", "\"No.\" She left.", "en"),
    ("The café served crème brûlée and naïve coffee.", "Cafe served creme brulee, naive coffee.", "en"),
    ("İstanbul and İzmir traded with Ankara.", "Istanbul traded with Izmir.", "en"),
    ("A temperature of 300\u212a was recorded.", "300 K was the temperature.", "en"),
    ("Ｆｕｌｌｗｉｄｔｈ letters vanish, ascii stays.", "Fullwidth letters vanish.", "en"),
    ("Emoji 🚢 and 𝐛𝐨𝐥𝐝 text are separators.", "Emoji and bold text are separators.", "en"),
    ("snake_case_words split at underscores", "snake case words split", "en"),
    ("ALL CAPS HEADLINE ABOUT FLOODING", "all caps headline about flooding", "en"),
    ("The the the the cat.", "The cat the cat.", "en"),
    ("a a a b b", "a b a b a b", "en"),
    ("one two three four five six seven", "seven six five four three two one", "en"),
    ("one two three four five six seven", "one two three four five six seven", "en"),
    ("x", "y", "en"),
    ("x", "x", "en"),
    ("Tabs\tand\u00a0non-breaking\u2003spaces count as gaps.", "Tabs and spaces count as gaps.", "en"),
    ("Line one.\r\nLine two.\r\nLine three.", "Line one. Line two.", "en"),
    ("Line one.\n\n\nLine two.", "Line two.\nLine one.", "en"),
    ("Skies cleared; the news said dying winds were lying low.", "The sky cleared and winds died.", "en"),
    ("Proceeds exceeded forecasts and the bid succeeded.", "The bid succeeds; proceeds exceed forecasts.", "en"),
    ("Innings and outings at the cannings factory.", "An inning, an outing, a canning.", "en"),
    ("Relational rationalisation is operational.", "Rational relations operate.", "en"),
    ("Hopefulness, carelessness and awareness.", "Hopeful, careless and aware.", "en"),
    ("The goalkeeper's saves kept the score at 0-0.", "The keeper saved everything: 0-0.", "en"),
    ("Prices: £5, €6, ¥700 and ₹80.", "Prices were 5, 6, 700 and 80.", "en"),
    ("Wait... what happened… then?", "What happened then?", "en"),
    ("He left (briefly). [Later] he returned.", "He returned later.", "en"),
    ("The M4 and A40 were closed near J23.", "M4 closed at junction 23; A40 too.", "en"),
    ("Ships sailed.\nStorms came.\nPorts closed.\nCrews waited.", "Storms came and ports closed. Crews waited for days.", "en"),
    ("Ships sailed.\nStorms came.\nPorts closed.\nCrews waited.", "Ships sailed.\nShips sailed.\nShips sailed.", "en"),
    ("Ships sailed.\nStorms came.", "Storms. Came. Ships. Sailed.", "en"),
    ("Mae'r cyngor wedi cymeradwyo'r amserlen newydd.", "Cymeradwyodd y cyngor amserlen newydd.", "cy"),
    ("Ο ΔΡΟΜΟΣ έκλεισε. Η ΟΔΟΣ άνοιξε.", "ο δρόμος έκλεισε και η οδός άνοιξε", "el"),
    ("ΣΟΦΟΣ ΚΑΙ ΣΟΦΟΣ", "σοφος και σοφοσ", "el"),
    ("Der Straßenbau in Köln dauert länger.", "Straßenbau dauert in Köln länger als geplant.", "de"),
    ("La ciudad aprobó 3 nuevas líneas de autobús.", "Se aprobaron tres líneas de autobús.", "es"),
    ("東京で新しい橋が開通した。", "新しい橋が東京で開通。", "ja"),
    ("İstanbul'da köprü açıldı.", "istanbul köprü açıldı", "tr"),
    ("snake_case counts as two words here", "snake case counts", "fr"),
    ("Numbers ①② and x² and ٣ stay.", "Numbers 1 2 and x2 and 3 stay.", "ar"),
    ("Bridge works begin in March.\nThey last two years.", "Bridge works begin in March; they last two years.", "en"),
    ("The mayor, Ms. Ruiz, opened it. Crowds cheered.", "Ms. Ruiz opened it. Crowds cheered loudly.", "en"),
    ("Agreed 5-4. Vote at 3 p.m. Monday. Next session Jan. 4.", "The 5-4 vote came at 3 p.m. Monday. Next: Jan. 4.", "en"),
    ("Tried, tries, trying; cries, cried, crying.", "try cry", "en"),
    ("Hopping, hoped, hoping, hopped, filing, filed.", "hop hope file fill", "en"),
]

WORDS_BASE = """
abandon ability able abroad absolute absorb abundance accelerate accept accident accommodation accuracy achieve
adjustable adoption agreed airline alliance allowance analysis apply archaeology arguably arrival assessment
bakery battery beautiful beauty believe beneficial bicycle biology bridge broadcast brotherhood buses
capacity careful carelessness category celebration centralization certainly challenge championship chemical children
citizenship civilization closely collection comfortable communication community competition complexity conditional
conference connectivity considerable construction controlling conventional cooperation corrosion criticism cycling
daily decisively decoration defensive delivery democracy dependent describe destruction development differently
digital disagreement discovery distributed diversity doubtful dreamily duty dying easily economical effective
efficiency electricity elementary emergency emotional employee encouragement engineering enormous equality
especially evaluation eventually excellence exceptional expansion experimental explanation extremely fairness
feasibility federalism flying formality formulate fortunately freedom friendliness fullness fulfil generalize
geology gloriously governance gradually gratefulness happily happiness harmonious hesitancy historical hopefully
hospitality hypothesis identity illogical immediately imperialism incidentally independence industrial inequality
information innovation inspection institutional intelligence international investigation irrational jealousy
journalism judgement kindness knowledgeable laboriously leadership legislation liability literally logically
lovingly luxurious managerial marathon maturity meaningful mechanical membership migration mobility modernization
motivation multiplicity mysterious nationality naturally negotiation neighbourhood nervousness normally numerical
objectivity observation occasionally officially operational opportunity organization originality outrageous
ownership painfully parliamentary particularly patiently perception permanently personality photography
playfulness pleasantly political popularity possibility powerful practically preferential presidency privatization
probability productivity professionally progressive prominently protection provisional psychology punctuality
qualification quietly radically rationalization readiness realistic reasonably recognition reconsideration
reliability relational religious remarkably repeatedly responsibility revolutionary rigorously sadly satisfaction
scientifically seasonal sensitivity separately seriously similarity sincerely skies sky socialism specifically
spontaneously statistically strengthen successfully suddenly sufficiently supervision sustainability sympathetic
technological temporarily territorial theoretical thoughtfulness traditionally transformation transportation
uncertainty understandably unfortunately universality usefulness vegetable victoriously visibility voluntarily
vulnerability weakness wealthy wilfully wonderful worthiness yearly youthfulness zealously zoological
agreed bled caresses cats conflated conformably controll crying died digitizer dying eed feed filing fizzed
generously happy hopeful hoping hopping ies ied lying meetings news plastered ponies rational relate sensibility
sing sized ties tied troubled tying valency oed owed ow
"""

SUFFIXES = ["", "s", "es", "ed", "ing", "ly", "ness", "ment", "ation", "ational", "izer", "ization", "ful", "fully",
            "ous", "ously", "ive", "ively", "ible", "able", "ance", "ence", "ism", "ist", "ity", "er", "ers", "est"]
STEMS_FOR_SUFFIXES = ["connect", "form", "relate", "hope", "plan", "stop", "fall", "cry", "agree", "sense", "digit",
                      "nation", "adopt", "equal", "vital", "fit", "tap", "mix", "bow", "fly"]


def words():
    seen = []
    for w in WORDS_BASE.split():
        if w not in seen:
            seen.append(w)
    for stem in STEMS_FOR_SUFFIXES:
        for suffix in SUFFIXES:
            w = stem + suffix
            if w not in seen:
                seen.append(w)
    return seen


def main():
    scorer = RougeScorer(use_stemmer=True)
    golden = []
    for ref, hyp, lang in PAIRS:
        s = scorer.score(ref, hyp, lang)
        golden.append({
            "reference": ref, "hypothesis": hyp, "lang": lang,
            "expected": {k: {"precision": s[k].precision, "recall": s[k].recall, "f1": s[k].fmeasure}
                         for k in ("rouge1", "rouge2", "rougeL", "rougeLsum")},
        })
    with open(os.path.join(HERE, "rouge-golden.json"), "w", encoding="utf-8") as f:
        json.dump(golden, f, ensure_ascii=False, indent=1)
        f.write("\n")
    stemmer = PorterStemmer()
    with open(os.path.join(HERE, "porter-golden.tsv"), "w", encoding="utf-8") as f:
        for w in words():
            f.write("%s\t%s\n" % (w, stemmer.stem(w)))


if __name__ == "__main__":
    main()
