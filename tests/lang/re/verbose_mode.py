import re

email = re.compile(r"""
    ^                     # start
    (?P<user> [\w.+-]+ )  # user part
    @
    (?P<host>
        (?: [a-z0-9-]+ \. )+   # subdomains
        [a-z]{2,}              # tld
    )
    $
""", re.VERBOSE | re.IGNORECASE)
for s in ('john.doe+x@mail.example.COM', 'bad@', 'a b@c.de'):
    m = email.match(s)
    print(s, m and m.groupdict())

number = re.compile(r'''(?x)
    [-+]?          # sign
    (?: \d+ \.? \d* | \. \d+ )   # mantissa
    (?: [eE] [-+]? \d+ )?        # exponent
''')
print(number.findall('x=1.5e3, y=-.25, z=+7, w=3.'))
print(re.findall(r'a b # comment', 'ab a b', re.X), re.findall(r'[a b]', 'a b', re.X))
print(re.findall(r'a\ b', 'a b', re.X), re.findall(r'a\#b', 'a#b', re.X))
print(re.match(r'(?x: a b ) c', 'ab c'), re.match(r'(?x) a b \n', 'ab\n'))
print(re.fullmatch(r'a {2}', 'aa', re.X), re.fullmatch(r'a{2 }', 'a{2 }', re.X))
