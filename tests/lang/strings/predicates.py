# is* predicates.
samples = ['', 'abc', 'ABC', 'Abc', 'Abc Def', 'abc123', '123', '12.5', ' ', '\t\n',
           '²', '½', '٣', 'é', 'a_b', '_x', '1x', 'if', 'Hello World', 'HELLO1', '中文']
preds = ['isdigit', 'isalpha', 'isalnum', 'isspace', 'isupper', 'islower',
         'istitle', 'isidentifier', 'isnumeric', 'isdecimal', 'isascii', 'isprintable']
print(' '.join(p[2:] for p in preds))
for s in samples:
    print(repr(s), ''.join('T' if getattr(s, p)() else '.' for p in preds))
print(''.isdigit(), ''.isspace(), ''.istitle(), ''.isidentifier(), ''.isprintable())
print('Hello World'.istitle(), 'Hello world'.istitle(), 'HELLO'.istitle(), 'A1 B2'.istitle())
