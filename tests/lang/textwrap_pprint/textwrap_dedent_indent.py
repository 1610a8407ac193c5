import textwrap

samples = ["    a\n      b\n    c\n", "  \ta\n  \tb\n", "  a\n\tb\n", "    a\n\n   \n    b\n  ",
           "no indent\n  x", "", "   \n   ", "  x\r\n  y", "\tone\n\t\ttwo\n\tthree",
           "        def f():\n            return 1\n"]
for s in samples:
    print(repr(textwrap.dedent(s)))


def show():
    text = """\
        First line
          indented more
        back
    """
    return textwrap.dedent(text)


print(show(), end="")
print(repr(textwrap.indent("a\nb\n\n  \nc", "> ")))
print(repr(textwrap.indent("a\nb", "+", lambda line: True)))
print(repr(textwrap.indent("a\r\nb\rc", "#")))
print(textwrap.indent(textwrap.dedent("""
    x = 1
    if x:
        y = 2
"""), "    "), end="")
print(repr(textwrap.indent("", "> ")))
