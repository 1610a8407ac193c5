# Case mappings and predicates across scripts.
samples = ['Ελληνικά', 'ΟΔΟΣ', 'οδος', 'Σίσυφος', 'ΣΊΣΥΦΟΣ', 'Кириллица', 'ДОБРЫЙ день', 'Հայերեն', 'ქართული',
           'Ꭰ Ꮳ', 'ꭰ', 'ǄǅǆǇǈǉ', 'ΐ', 'ﬀﬃﬅ', 'ᾼ', 'ᾳ', 'İı', 'Iı', 'ŀ', 'ẞ', 'ß', 'ǰ̌', 'Ⓐⓐ', 'ⅷⅧ', '𐐀𐐨', '𞤀𞤢']
for s in samples:
    print(s, s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold())
    print('   ', len(s), len(s.upper()), len(s.lower()), len(s.casefold()), s.isupper(), s.islower(), s.istitle(), s.isalpha())
# Final sigma: lower() picks ς at the end of a word.
for s in ['Σ', 'ΑΣ', 'ΑΣ Β', 'ΑΣ.', 'Α.Σ', 'ΑΣΑ', 'ΑΣ\u0301', 'Σ\u0301Α', '.Σ.', 'aΣ', 'ΑΣ1']:
    print(repr(s), repr(s.lower()), repr(s.title()), repr(s.swapcase()))
print('ǅ'.istitle(), 'ǅa'.istitle(), 'Aǅ'.istitle(), 'ᾼ'.istitle(), 'ǈubljana'.istitle(), 'ΆΒ'.istitle())
