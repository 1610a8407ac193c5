# Case conversion.
words = ['hello world', 'HELLO', 'hELLO wORLD', "they're bill's friends", 'a1b2 c3',
         'ß straße', 'ǅ dz', 'İstanbul', '', '123']
for w in words:
    print(repr(w), w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold())
print('ﬁ'.upper(), 'ΣΑΣ'.lower(), 'Σ'.lower())
print('hello world'.title(), "o'neil mc-donald 3rd".title(), 'ABC DEF'.capitalize())
print('mIxEd'.swapcase().swapcase(), 'Ǉ'.lower(), 'ǉ'.upper(), 'ǉ'.title())
print('abc'.upper().isupper(), 'ABC'.lower().islower(), '123'.upper(), ''.title())
print('ﬃ'.casefold(), 'Ꭰ'.casefold(), 'ǅ'.casefold(), 'ß'.title())
