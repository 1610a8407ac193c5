import re
for p, s in [('|a', 'a'), ('(|a)', 'ab'), ('x*', 'abxd'), ('a*?', 'aa'), ('(?:)|b', 'bb'), (r'\b|a', 'ab a'), ('a??', 'aa'), ('$|a', 'aa\n'), ('', 'é😀')]:
    print(p, re.findall(p, s), re.sub(p, '-', s), re.split(p, s), [m.span() for m in re.finditer(p, s)])
