import string

for name in ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "digits",
             "hexdigits", "octdigits", "punctuation", "whitespace", "printable"]:
    v = getattr(string, name)
    print(name, repr(v), len(v))
print(all(c in string.printable for c in string.ascii_letters + string.digits))
print("".join(c for c in "Hello, World! 123" if c in string.ascii_letters))
print(sorted(set(string.hexdigits.lower())) == sorted(set("0123456789abcdef")))
