#!/usr/bin/env python3
"""Prints NAME<TAB>ETAG for every blob in a container of the Azurite development account (stdlib only).
Usage: list-blobs.py BLOB_ENDPOINT CONTAINER   e.g. http://127.0.0.1:10000/devstoreaccount1 summaries
Used by bench-process.sh to prove a run wrote nothing: the listing before and after must be identical."""
import base64, hashlib, hmac, sys, urllib.parse, urllib.request, xml.etree.ElementTree as ET
from email.utils import formatdate

ACCOUNT = "devstoreaccount1"
# The well-known key every Azurite instance uses; not a secret.
KEY = base64.b64decode("Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==")
VERSION = "2021-08-06"

def list_page(endpoint, container, marker):
    query = {"restype": "container", "comp": "list", "maxresults": "5000"}
    if marker:
        query["marker"] = marker
    date = formatdate(usegmt=True)
    path = urllib.parse.urlparse(endpoint).path.rstrip("/") + "/" + container
    resource = f"/{ACCOUNT}{path}" + "".join(f"\n{k}:{query[k]}" for k in sorted(query))
    to_sign = "GET\n" + "\n" * 11 + f"x-ms-date:{date}\nx-ms-version:{VERSION}\n" + resource
    signature = base64.b64encode(hmac.new(KEY, to_sign.encode(), hashlib.sha256).digest()).decode()
    request = urllib.request.Request(f"{endpoint.rstrip('/')}/{container}?{urllib.parse.urlencode(query)}", headers={
        "x-ms-date": date, "x-ms-version": VERSION, "Authorization": f"SharedKey {ACCOUNT}:{signature}"})
    with urllib.request.urlopen(request) as response:
        root = ET.fromstring(response.read())
    for blob in root.iter("Blob"):
        print(f"{blob.findtext('Name')}\t{blob.findtext('Properties/Etag')}")
    return root.findtext("NextMarker")

endpoint, container = sys.argv[1], sys.argv[2]
marker = None
while True:
    marker = list_page(endpoint, container, marker)
    if not marker:
        break
