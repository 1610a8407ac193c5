fn = "weft_file_test.txt"
with open(fn, "w") as f:
    print(f.write("hello\n"), f.writable(), f.readable())
    f.write("wörld\r\nline3")
    print("name", f.name, f.mode, f.encoding, f.closed)
print(f.closed)
with open(fn) as f:
    print(repr(f.read()))
with open(fn, "rb") as f:
    data = f.read()
    print(data, len(data))
with open(fn, "r", newline="") as f:
    print(list(f))
for line in open(fn):
    print(repr(line))
with open(fn, "a", encoding="latin1") as f:
    f.write("\xe9!")
with open(fn, "rb") as f:
    print(f.read()[-3:], f.tell())
    f.seek(0)
    print(f.read(5), f.readline(), f.readline())
with open(fn, "wb") as f:
    f.write(b"\x00\x01\xff")
    f.write(bytearray(b"ab"))
with open(fn, "rb") as f:
    print(f.read())
try:
    open("no/such/file.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e)
try:
    open(fn, "rw")
except ValueError as e:
    print(e)
try:
    open(fn, "rb", encoding="utf-8")
except ValueError as e:
    print(e)
try:
    open(fn, "x")
except FileExistsError as e:
    print(type(e).__name__, e)
f = open(fn, "w")
f.close()
try:
    f.write("x")
except ValueError as e:
    print(e)
try:
    with open(fn, "w") as g:
        g.write(b"x")
except TypeError as e:
    print(e)
try:
    with open(fn) as g:
        g.write("x")
except Exception as e:
    print(type(e).__name__, e)
