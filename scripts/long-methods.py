#!/usr/bin/env python3
# Lists C# methods longer than a limit: python3 scripts/long-methods.py src [60]. A rough brace-matching pass, not a parser:
# a long lambda inside an expression-bodied member is reported under the name of the call it sits in.
# A member starts at a line with '(' followed by a '{' line at the same indentation and ends at the matching '}'.
# Object initialisers (a line holding `new`) are not members.
import re, sys, glob, os
root = sys.argv[1]
limit = int(sys.argv[2]) if len(sys.argv) > 2 else 60
rows = []
ctrl = re.compile(r'^\s*(if|else|for|foreach|while|do|switch|try|catch|finally|using|lock|return|case|default|checked|unchecked|fixed|unsafe)\b')
for f in glob.glob(root + '/**/*.cs', recursive=True):
    if '/obj/' in f or '/bin/' in f: continue
    lines = open(f, encoding='utf-8-sig').read().split('\n')
    i = 0
    while i < len(lines) - 1:
        line = lines[i]
        nxt = lines[i + 1]
        ind = len(line) - len(line.lstrip())
        if nxt.strip() == '{' and (len(nxt) - len(nxt.lstrip())) == ind and '(' in line and not ctrl.match(line) \
                and not re.match(r'^\s*(namespace|class|struct|record|interface|enum|new\b|\.|=>|var |=)', line) \
                and not re.search(r'\b(class|struct|record|interface|enum)\b', line) and not line.rstrip().endswith(('=', ',', '=>')) and not re.search(r'\bnew\b', line):
            # start may include attributes/signature continuation lines above; count from signature start
            start = i
            while start > 0 and lines[start - 1].rstrip().endswith((',', '(')) : start -= 1
            j = i + 2
            while j < len(lines) and not (lines[j].strip() == '}' and len(lines[j]) - len(lines[j].lstrip()) == ind): j += 1
            n = j - start + 1
            name = re.search(r'(\w+)\s*(<[^>]*>)?\s*\(', line)
            rows.append((n, os.path.relpath(f, root), start + 1, name.group(1) if name else line.strip()[:40]))
            i += 1
            continue
        i += 1
rows.sort(reverse=True)
over = [r for r in rows if r[0] > limit]
for r in over: print(f'{r[0]:4d} {r[1]}:{r[2]} {r[3]}')
print(f'methods scanned: {len(rows)}; over {limit} lines: {len(over)}')
