import re

CONFIG = """
# comment line
[server]
host = example.org   ; trailing comment
port=8080
paths = /a, /b ,/c

[client]
retries = 3
timeout = 2.5s
name = "quoted value = with equals"
broken line without equals
"""

SECTION = re.compile(r'^\[(?P<name>[^\]]+)\]\s*$')
OPTION = re.compile(r'^(?P<key>[\w.-]+)\s*=\s*(?P<value>"[^"]*"|[^;#]*?)\s*(?:[;#].*)?$')
DURATION = re.compile(r'^(\d+(?:\.\d+)?)(ms|s|m)?$')

data = {}
current = None
for lineno, raw in enumerate(CONFIG.splitlines(), 1):
    line = raw.strip()
    if not line or re.match(r'[#;]', line):
        continue
    m = SECTION.match(line)
    if m:
        current = data.setdefault(m.group('name'), {})
        continue
    m = OPTION.match(line)
    if m is None:
        print('line %d: cannot parse %r' % (lineno, line))
        continue
    value = m.group('value')
    if value.startswith('"'):
        value = value[1:-1]
    elif ',' in value:
        value = [v for v in re.split(r'\s*,\s*', value)]
    elif re.fullmatch(r'\d+', value):
        value = int(value)
    else:
        d = DURATION.match(value)
        if d:
            unit = {'ms': 0.001, 's': 1, 'm': 60, None: 1}[d.group(2)]
            value = float(d.group(1)) * unit
    current[m.group('key')] = value
for section, opts in data.items():
    print(section, sorted(opts.items(), key=lambda kv: kv[0]))
