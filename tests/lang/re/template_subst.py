import re

def render(template, context):
    def replace(m):
        name, filt = m.group('name'), m.group('filter')
        value = context
        for part in name.split('.'):
            value = value[part] if isinstance(value, dict) else getattr(value, part)
        if filt == 'upper':
            value = str(value).upper()
        elif filt == 'len':
            value = len(value)
        return str(value)
    return re.sub(r'\{\{\s*(?P<name>[\w.]+)\s*(?:\|\s*(?P<filter>\w+)\s*)?\}\}', replace, template)

ctx = {'user': {'name': 'ada', 'langs': ['py', 'rs']}, 'n': 3}
print(render('Hello {{ user.name | upper }}, you know {{user.langs|len}} languages ({{ user.langs }}); n={{n}}', ctx))

def expand_vars(text, env):
    return re.sub(r'\$(\w+)|\$\{([^}]*)\}', lambda m: env.get(m.group(1) or m.group(2), ''), text)
print(expand_vars('$HOME/bin:${PATH}:$MISSING:end', {'HOME': '/home/u', 'PATH': '/usr/bin'}))

def camel_to_snake(name):
    s = re.sub(r'(.)([A-Z][a-z]+)', r'\1_\2', name)
    return re.sub(r'([a-z0-9])([A-Z])', r'\1_\2', s).lower()
for n in ('CamelCase', 'getHTTPResponseCode', 'already_snake', 'HTTPServer2Go'):
    print(n, '->', camel_to_snake(n))

def snake_to_camel(name):
    return re.sub(r'_([a-z])', lambda m: m.group(1).upper(), name)
print(snake_to_camel('a_snake_case_name'))

# sequential numbering and a word-frequency table
text = 'the cat and the hat and the bat'
words = re.findall(r'\b\w+\b', text)
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0])))
print(re.sub(r'\bthe\b', lambda m, c=iter(range(1, 10)): 'the%d' % next(c), text))
