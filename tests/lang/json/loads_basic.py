import json

docs = ['null', 'true', 'false', '0', '-0', '17', '-42', '3.25', '-0.0', '1e3', '1E-2', '2.5e+2',
        '123456789012345678901234567890', '1e400', '-1e400', '"text"', '""', '[]', '{}', '[1, "two", 3.0, null]',
        '{"a": {"b": [true, {"c": null}]}}', ' \n\t [ 1 ,2 ] \r\n', '"\\"\\\\\\/\\b\\f\\n\\r\\t"',
        '"\\u00e9\\u4e2d"', '"\\ud834\\udd1e"', '"\\uD83D\\uDE00"', 'NaN', 'Infinity', '-Infinity',
        '[NaN, -Infinity]', '{"a": 1, "a": 2, "b": 3}', '"caf\u00e9"', '{"\u00e9": "\u4e2d"}',
        '0.1', '5e-324', '1.7976931348623157e308', '100000000000000000000.0', '-123.456e-7']
for d in docs:
    v = json.loads(d)
    print(repr(d), '->', repr(v), type(v).__name__)
print(json.loads(b'[1, "b"]'), json.loads(bytearray(b'{"k": 2}')))
print(json.loads('\ufeff'.encode('utf-8') + b'[3]'))
print(json.loads('["\u00e9"]'.encode('utf-8')))
x = json.loads('{"b": 1, "a": 2}')
print(list(x))
