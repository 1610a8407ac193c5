# Case mappings on ASCII and special Unicode text.
words = ['', 'a', 'ABC', 'hello world', 'hELLO wORLD', "they're bill's", '3rd time', 'a1b2c3',
         'under_score', 'x\ty\nz', 'ß', 'straße', 'ǅungla', 'ǆ', 'ﬁne ﬂow', 'İi', 'ΣΑΣ', 'ὈΔΥΣΣΕΎΣ',
         'ΑΣ.', 'Σ', 'aΣb', 'ŉ', 'ǰ', 'µ', 'ÿ', 'ﬃ']
for w in words:
    print(repr(w), repr(w.upper()), repr(w.lower()), repr(w.casefold()))
    print('   ', repr(w.title()), repr(w.capitalize()), repr(w.swapcase()))
# Lengths can change under case mapping.
for w in ['ß', 'ﬁ', 'İ', 'ŉ']:
    print(w, len(w), len(w.upper()), len(w.lower()), len(w.casefold()))
# Round trips are not identities.
print('ß'.upper().lower(), 'İ'.lower().upper(), 'ΣΑΣ'.lower().upper())
# title() treats any non-letter as a word break.
print("o'neil mc-donald 2nd".title(), 'ÉCOLE élève'.title())
print('hello'.capitalize(), 'HELLO'.capitalize(), '1abc'.capitalize(), ' abc'.capitalize())
# Methods take no arguments.
for name in ['upper', 'lower', 'title', 'capitalize', 'swapcase', 'casefold']:
    try:
        getattr('x', name)(1)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    str.upper(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    str.lower()
except TypeError as e:
    print(type(e).__name__, e)
print(str.upper('abc'), str.title('ab cd'))
