#!/usr/bin/env python3
"""How fast Azurite serves the storage requests `summarizer process` makes per new article, with no engine and no .NET:
uploads every file of FOLDER to a fresh container, then, PARALLELISM at a time, for each article GETs it and PUTs a
result blob and a rendering (If-None-Match: *) of the sizes the pipeline writes. Prints articles/s and requests/s of
that phase: the ceiling `process` can approach on this Azurite (stdlib only; Shared Key auth with the development key).
Usage: azurite-ceiling.py BLOB_ENDPOINT FOLDER [PARALLELISM]   e.g. http://127.0.0.1:10000/devstoreaccount1 /tmp/articles 16"""
import base64, hashlib, hmac, http.client, os, sys, threading, time, urllib.parse, uuid
from concurrent.futures import ThreadPoolExecutor
from email.utils import formatdate

ACCOUNT = "devstoreaccount1"
# The well-known key every Azurite instance uses; not a secret.
KEY = base64.b64decode("Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==")
VERSION = "2021-08-06"
RESULT = b"{" + b" " * 2400 + b"}"   # about the size of a summary document
RENDERING = b"#" + b" " * 1100       # and of its Markdown

endpoint = urllib.parse.urlparse(sys.argv[1])
folder = sys.argv[2]
parallelism = int(sys.argv[3]) if len(sys.argv) > 3 else 16
local = threading.local()

def request(method, path, body=b"", query=None, headers=None):
    query = query or {}
    headers = dict(headers or {})
    headers.update({"x-ms-date": formatdate(usegmt=True), "x-ms-version": VERSION})
    if method == "PUT" and "restype" not in query:
        headers["x-ms-blob-type"] = "BlockBlob"
    length = str(len(body)) if body else ""
    canonical_headers = "".join(f"{k}:{headers[k]}\n" for k in sorted(headers) if k.startswith("x-ms-"))
    resource = f"/{ACCOUNT}{endpoint.path}{path}" + "".join(f"\n{k}:{query[k]}" for k in sorted(query))
    to_sign = "\n".join([method, "", "", length, "", "", "", "", "", headers.get("If-None-Match", ""), "", ""]) + "\n" + canonical_headers + resource
    signature = base64.b64encode(hmac.new(KEY, to_sign.encode(), hashlib.sha256).digest()).decode()
    headers["Authorization"] = f"SharedKey {ACCOUNT}:{signature}"
    if not hasattr(local, "connection"):
        local.connection = http.client.HTTPConnection(endpoint.hostname, endpoint.port)
    url = endpoint.path + urllib.parse.quote(path) + ("?" + urllib.parse.urlencode(query) if query else "")
    local.connection.request(method, url, body=body or None, headers=headers)
    response = local.connection.getresponse()
    response.read()
    if response.status >= 300:
        raise RuntimeError(f"{method} {path}: {response.status}")

container = "/ceiling-" + uuid.uuid4().hex[:12]
request("PUT", container, query={"restype": "container"})
names = sorted(os.listdir(folder))
with ThreadPoolExecutor(parallelism) as pool:
    list(pool.map(lambda n: request("PUT", f"{container}/{n}", open(os.path.join(folder, n), "rb").read()), names))

def article(name):
    request("GET", f"{container}/{name}")
    request("PUT", f"{container}/{name}.json", RESULT, headers={"If-None-Match": "*"})
    request("PUT", f"{container}/{name}.md", RENDERING, headers={"If-None-Match": "*"})

start = time.perf_counter()
with ThreadPoolExecutor(parallelism) as pool:
    list(pool.map(article, names))
elapsed = time.perf_counter() - start
print(f"Azurite ceiling: {len(names)} articles x 3 requests (GET, 2 conditional PUTs) in {elapsed:.2f} s: "
      f"{len(names) / elapsed:.0f} articles/s, {3 * len(names) / elapsed:.0f} requests/s")
