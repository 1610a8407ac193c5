# complex() parsing strings
good = ['1', '1j', 'j', '-j', '+j', '1+2j', '1-2J', '-1.5e3+2.5e-3j', ' 3+4j ', '(1+2j)',
        ' ( 5-6j ) ', 'inf', '-infj', 'nan+nanj', 'infinity-2j', '1_000+2_0j', '.5j',
        '5.j', '1e5', '1E-5J', '+1.5', '-0', '-0j', '0.0-0.0j']
for s in good:
    print(repr(s), complex(s))
bad = ['', ' ', '1+', '+', 'j1', '1+2', '1+2jj', '(1+2j', '1+2j)', '1 + 2j', '1__0j',
       '_1j', '1_j', 'abc', '1e', '--1j', '()', 'jj', '1+j2', 'infi']
for s in bad:
    try:
        complex(s)
        print('accepted', repr(s))
    except ValueError as e:
        print(repr(s), 'ValueError', e)
