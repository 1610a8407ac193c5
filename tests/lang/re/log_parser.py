import re
from collections import Counter

LOG = """\
2024-01-05 10:15:32,120 INFO  [web.server] GET /index.html 200 512B 12ms
2024-01-05 10:15:33,001 WARN  [web.server] GET /missing 404 0B 3ms
2024-01-05 10:15:35,778 ERROR [db.pool] connection reset by peer (retry=3)
2024-01-05 10:16:01,450 INFO  [web.server] POST /api/items 201 1024B 45ms
garbage line here
2024-01-05 10:16:02,002 INFO  [web.server] GET /api/items?id=7 200 2048B 8ms
2024-01-05 10:17:12,999 DEBUG [cache] hit ratio=0.93
"""

LINE = re.compile(
    r'^(?P<date>\d{4}-\d{2}-\d{2}) (?P<time>[\d:]+),(?P<ms>\d{3}) '
    r'(?P<level>[A-Z]+)\s+\[(?P<source>[\w.]+)\] (?P<msg>.*)$')
REQUEST = re.compile(r'(?P<method>GET|POST|PUT|DELETE) (?P<path>\S+) (?P<status>\d{3}) (?P<size>\d+)B (?P<ms>\d+)ms')

levels = Counter()
slow = []
bad = 0
for n, line in enumerate(LOG.splitlines(), 1):
    m = LINE.match(line)
    if not m:
        bad += 1
        print('unparsed line', n, repr(line))
        continue
    levels[m['level']] += 1
    r = REQUEST.fullmatch(m.group('msg'))
    if r:
        d = r.groupdict()
        print(n, d['method'], d['path'], int(d['status']), int(d['size']), int(d['ms']))
        if int(r['ms']) > 10:
            slow.append(r['path'])
    else:
        kv = dict(re.findall(r'(\w+)=([\w.]+)', m['msg']))
        print(n, m['level'], m['source'], kv)
print(sorted(levels.items()), slow, bad)

# whole-text scanning with MULTILINE
print(re.findall(r'^\S+ \S+ (ERROR|WARN)', LOG, re.M))
print(len(re.findall(r'^2024', LOG, re.M)), re.search(r'ratio=([\d.]+)$', LOG, re.M).group(1))
print([m.start() for m in re.finditer(r'\[(?:web|db)\.', LOG)][:3])
