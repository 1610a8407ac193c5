import re

def inline(text):
    text = re.sub(r'&', '&amp;', text)
    text = re.sub(r'<', '&lt;', text)
    text = re.sub(r'\*\*(.+?)\*\*', r'<b>\1</b>', text)
    text = re.sub(r'(?<![*\w])\*(?!\s)(.+?)(?<!\s)\*(?![*\w])', r'<i>\1</i>', text)
    text = re.sub(r'`([^`]+)`', lambda m: '<code>%s</code>' % m.group(1).upper(), text)
    text = re.sub(r'\[([^\]]+)\]\(([^)\s]+)\)', r'<a href="\2">\1</a>', text)
    return text

DOC = """# Title here
Some **bold** and *italic* text with `code` & a [link](http://x.y/z).

## Sub   title
- item *one*
- item **two** < three
1. first
2. second
"""

out = []
for line in DOC.splitlines():
    m = re.match(r'^(#{1,6})\s+(.*?)\s*$', line)
    if m:
        n = len(m.group(1))
        out.append('<h%d>%s</h%d>' % (n, inline(re.sub(r'\s+', ' ', m.group(2))), n))
    elif re.match(r'^[-*] ', line):
        out.append('<li>' + inline(line[2:]) + '</li>')
    elif (m := re.match(r'^(\d+)\. (.*)', line)):
        out.append('<li value="%s">%s</li>' % (m.group(1), inline(m.group(2))))
    elif line.strip():
        out.append('<p>' + inline(line) + '</p>')
print('\n'.join(out))
print(re.findall(r'<(\w+)[^>]*>', '\n'.join(out))[:8])
