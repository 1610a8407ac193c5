import textwrap

cases = ["Hello there, how are you this fine day?  I'm glad to hear it!",
         "This is a very-long-hyphenated-word test with well-known self-evident issues -- and em--dashes too.",
         "aaaa-bbbb-cccc-dddd eeee--ffff -- gggg x-y ab-c abc-d a-bc-de 12-34 abc-123 --abc ---- a--b a---b,--c",
         "Supercalifragilisticexpialidocious is a long word that needs breaking",
         "tabs\there\tand\nnewlines\nin text   with   spaces",
         "", "   ", "one", "-x-y-z- --- - -- ", "x" * 30 + "-" + "y" * 30]
for t in cases:
    for w in [5, 10, 12, 20, 30]:
        print(w, textwrap.wrap(t, w))
        print(w, textwrap.wrap(t, w, break_on_hyphens=False, break_long_words=False))
        print(w, textwrap.wrap(t, width=w, drop_whitespace=False))
    print(textwrap.fill(t, 25, initial_indent='* ', subsequent_indent='  '))
try:
    textwrap.wrap("abc", 0)
except ValueError as e:
    print("ValueError:", e)
print(textwrap.fill("The quick brown fox jumps over the lazy dog. " * 4))
