import re

TOKEN_SPEC = [
    ('NUMBER',   r'\d+(?:\.\d*)?'),
    ('ASSIGN',   r':='),
    ('END',      r';'),
    ('ID',       r'[A-Za-z_]\w*'),
    ('OP',       r'[+\-*/()]'),
    ('STRING',   r'"(?:[^"\\]|\\.)*"'),
    ('NEWLINE',  r'\n'),
    ('SKIP',     r'[ \t]+'),
    ('MISMATCH', r'.'),
]
MASTER = re.compile('|'.join('(?P<%s>%s)' % pair for pair in TOKEN_SPEC))
KEYWORDS = {'IF', 'THEN', 'ENDIF', 'FOR', 'NEXT', 'GOSUB', 'RETURN'}

def tokenize(code):
    line_num = 1
    line_start = 0
    for mo in MASTER.finditer(code):
        kind = mo.lastgroup
        value = mo.group()
        column = mo.start() - line_start
        if kind == 'NUMBER':
            value = float(value) if '.' in value else int(value)
        elif kind == 'ID' and value in KEYWORDS:
            kind = value
        elif kind == 'NEWLINE':
            line_start = mo.end()
            line_num += 1
            continue
        elif kind == 'SKIP':
            continue
        elif kind == 'MISMATCH':
            value = 'unexpected %r' % value
        yield kind, value, line_num, column

statements = '''
    IF quantity THEN
        total := total + price * quantity;
        tax := price * 0.05;
        msg := "a \\"quoted\\" word";
    ENDIF; @
'''
for tok in tokenize(statements):
    print(tok)

# the same with match() at explicit positions
def scan(text):
    pos = 0
    out = []
    while pos < len(text):
        m = MASTER.match(text, pos)
        if m.lastgroup != 'SKIP':
            out.append((m.lastgroup, m.group(m.lastindex)))
        pos = m.end()
    return out
print(scan('x := 3.5 + y1;'))
print(MASTER.groups, list(MASTER.groupindex)[:3])
