# String literal forms.
print('single', "double", '''triple single''', """triple double""")
print('it\'s', "say \"hi\"", 'mixed "quotes"', "mixed 'quotes'")
print('tab\tend', 'nl\\n', 'back\\slash')
print(r'raw\n\t', R"raw\\", r'\'')
print('con' 'cat' "enation", 'x' r'\y')
s = ('multi'
     'line'
     ' implicit')
print(s)
print("""line1
line2
  line3""")
print('\x41\x42', '\101\102', '\u00e9', '\U0001F600' == '\U0001f600')
print('\N{LATIN SMALL LETTER E WITH ACUTE}')
print(len('\n'), len(r'\n'), len('\\'), len(''))
print(repr('a\0b'), repr('\a\b\f\v'))
print('' == "", 'abc' == "abc", '''x''' == "x")
print(b'bytes', B"BYTES", rb'raw\n', br'\x00')
print(type('x').__name__, type(b'x').__name__)
t = """a\
b"""
print(t, len(t))
print('{}'.format('braces'), '{{literal}}'.format())
