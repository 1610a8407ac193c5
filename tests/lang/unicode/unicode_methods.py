# str methods with non-ASCII text.
print('ÀÉÎÕÜ'.lower(), 'àéîõü'.upper(), 'ﬀ'.upper(), 'ß'.upper(), 'ß'.casefold(), 'ΣΊΣΥΦΟΣ'.lower())
print('éa'.isalpha(), '中'.isalpha(), '٣'.isdigit(), '٣'.isdecimal(), 'Ⅻ'.isnumeric(), '²'.isdigit(), '²'.isdecimal())
print('\u00a0'.isspace(), '\u2003'.isspace(), '\u200b'.isspace(), 'É'.isupper(), 'é'.islower(), 'Ǆ'.istitle())
print('переменная'.isidentifier(), '中文'.isidentifier(), '1中'.isidentifier(), 'é'.isascii())
print(' é '.strip(), '\u3000中\u3000'.strip(), 'ééaéé'.strip('é'), 'a,é,中'.split(','), 'x\u2028y'.splitlines())
print('résumé'.encode('utf-8'), 'résumé'.encode('utf-8').decode('utf-8'), len('résumé'.encode()))
print('{:^9}|{:>5}|{:<4}|'.format('中文', 'é', '😀'), f'{"ü":*^5}', '%-4s|' % 'ñ')
print('Straße'.replace('ß', 'ss'), 'Ünïcödé'.swapcase(), 'élan vital'.title(), 'ñandú'.capitalize())
