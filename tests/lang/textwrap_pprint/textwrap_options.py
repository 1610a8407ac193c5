import textwrap

W = textwrap.TextWrapper
text = "Mr. Smith went home. He said hi! Okay? \"Yes.\" Fine. the end.  And so on"
print(W(width=20, fix_sentence_endings=True).wrap(text))
print(W(width=15, max_lines=3).wrap(text))
print(W(width=15, max_lines=2, placeholder='...').wrap(text))
print(W(width=15, max_lines=1, placeholder=' >').wrap(text))
try:
    W(width=5, max_lines=1).wrap(text)
except ValueError as e:
    print("ValueError:", e)
tabbed = "col1\tcol2\tcol3\nrow\tvalue"
print(W(width=12).wrap(tabbed))
print(W(width=12, tabsize=4).wrap(tabbed))
print(W(width=12, expand_tabs=False, replace_whitespace=False).wrap(tabbed))
print(W(width=12, replace_whitespace=False).wrap(tabbed))
w = W(width=30, initial_indent="-> ", subsequent_indent="   ")
print(w.fill("A wrapper object can be reused for several paragraphs of text."))
w.width = 18
print(w.fill("After changing the width attribute the output changes."))
for n in [10, 20, 30, 80]:
    print(repr(textwrap.shorten("Hello  world!  This is   a test of shorten.", n)))
print(repr(textwrap.shorten("Hello world", 11)), repr(textwrap.shorten("  lots   of    space  ", 40)))
print(repr(textwrap.shorten("Hello world, again", 12, placeholder="~")))
