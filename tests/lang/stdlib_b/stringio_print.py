import io

buf = io.StringIO()
print('a', 1, [2], file=buf)
print('x', 'y', sep='-', end='!\n', file=buf)
print(file=buf)
print(repr(buf.getvalue()))
with io.StringIO() as out:
    for i in range(3):
        print(i, i * i, file=out)
    text = out.getvalue()
print(text, end='')
print(out.closed)
try:
    out.write('late')
except ValueError as e:
    print('ValueError', e)
try:
    out.getvalue()
except ValueError as e:
    print('ValueError', e)
def report(rows, stream):
    for name, score in rows:
        stream.write('%-6s %3d\n' % (name, score))
sink = io.StringIO()
report([('ann', 90), ('bob', 7)], sink)
print(sink.getvalue(), end='')
big = io.StringIO()
for i in range(1000):
    big.write(str(i))
print(len(big.getvalue()), big.getvalue()[-10:])
