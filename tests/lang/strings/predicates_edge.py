# The is* predicates on empty, ASCII and Unicode strings.
preds = ['isalpha', 'isalnum', 'isdecimal', 'isdigit', 'isnumeric', 'isspace',
         'isascii', 'isprintable', 'islower', 'isupper', 'istitle', 'isidentifier']
samples = ['', ' ', 'a', 'A', 'aB', 'abc', 'ABC', 'Abc', 'Abc Def', 'Abc def', 'ABC Def',
           '123', '12.5', '-1', '١٢٣', '²', '½', 'Ⅻ', '一二', '٣', '\t\n\x0b\x0c\r', '\x1c\x1d\x1e\x1f',
           '\u3000', '\xa0', '\u200b', 'é', 'É', 'ǅ', 'ǅa', 'aǅ', '_x1', '1x', 'x y', 'café',
           '\x00', '\x7f', 'a\nb', '😀', 'ﬁ', 'ß', 'ǈ ǋ']
for s in samples:
    flags = ''.join('T' if getattr(s, p)() else '.' for p in preds)
    print(flags, repr(s))
# Identifiers follow XID_Start / XID_Continue.
for s in ['if', 'None', 'a1', '_', '__init__', 'ñandú', '中文', 'x²', 'x·y', '℘', '·x', '$a', 'a-b']:
    print(repr(s), s.isidentifier())
# Printability of separators and controls.
for s in ['\u2028', '\u2029', '\u00ad', '\ufeff', '\U0001F600', '\U000E0001', '\ue000', '\U0010FFFF']:
    print(ascii(s), s.isprintable())
try:
    'a'.isdigit(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    'a'.isspace(x=1)
except TypeError as e:
    print(type(e).__name__, e)
