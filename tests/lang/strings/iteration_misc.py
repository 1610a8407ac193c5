# Iterating strings and misc methods: reversed, sorted, enumerate, zip.
s = 'python'
print(list(s), list(reversed(s)), sorted(s), ''.join(sorted(s)))
print([(i, c) for i, c in enumerate(s) if i % 2 == 0])
print(list(zip(s, s[1:])))
print({c: s.count(c) for c in 'pyo'})
print(s.index('h'), 'h' in s, s.upper().lower() == s)
vowels = sum(1 for c in 'programming language' if c in 'aeiou')
print(vowels)
words = 'the rain in spain stays mainly'.split()
print(max(words, key=len), min(words, key=len), sorted(words, key=lambda w: (len(w), w)))
print(s.isalpha() and s.islower(), s[::-1] == 'nohtyp')
def is_pal(w):
    w = ''.join(c.lower() for c in w if c.isalnum())
    return w == w[::-1]
print(is_pal('A man, a plan, a canal: Panama'), is_pal('hello'))
