"""Text wrapping and filling (weft's own textwrap)."""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_whitespace = '\t\n\x0b\x0c\r '
_ws_set = frozenset(_whitespace)
_punct = frozenset('!"\'&.,?')


def _is_word(c):
    return c.isalnum() or c == '_'


def _is_letter(c):
    return c.isalpha() or c == '_'


def _is_wordpunct(c):
    return _is_word(c) or c in _punct


class TextWrapper:
    """Wraps and fills paragraphs of text; the options are attributes."""

    unicode_whitespace_trans = {ord(c): ' ' for c in _whitespace}

    def __init__(self, width=70, initial_indent="", subsequent_indent="",
                 expand_tabs=True, replace_whitespace=True,
                 fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8,
                 *, max_lines=None, placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        if '\t' in text or '\n' in text or '\r' in text or '\x0b' in text or '\x0c' in text:
            return self._split_text(text)
        # Only spaces separate words: split on them, then look for hyphen
        # and em-dash breaks inside each word that has a '-'.
        chunks = []
        append = chunks.append
        hyph = self.break_on_hyphens
        pending = -1
        for word in text.split(' '):
            pending += 1
            if word:
                if pending:
                    append(' ' * pending)
                    pending = 0
                if hyph and '-' in word:
                    chunks.extend(self._split_text(word))
                else:
                    append(word)
        if pending:
            append(' ' * pending)
        return chunks

    def _split_text(self, text):
        # Runs of whitespace and of other characters alternate; with
        # break_on_hyphens, words also split after hyphens between letters
        # and around em-dashes ("--") between words.
        chunks = []
        n = len(text)
        i = 0
        ws = _ws_set
        hyph = self.break_on_hyphens
        while i < n:
            start = i
            if text[i] in ws:
                while i < n and text[i] in ws:
                    i += 1
                chunks.append(text[start:i])
                continue
            if hyph and text[i] == '-' and i > 0 and _is_wordpunct(text[i - 1]):
                j = i
                while j < n and text[j] == '-':
                    j += 1
                # (?<=wp) -{2,} (?=\w), backtracking over the dashes.
                k = j
                while k - i >= 2:
                    if k < n and _is_word(text[k]):
                        break
                    k -= 1
                if k - i >= 2 and k < n and _is_word(text[k]):
                    chunks.append(text[i:k])
                    i = k
                    continue
            # A word: ends at whitespace or the end, after a hyphen between
            # letters, or before an em-dash.
            i += 1
            while i < n:
                c = text[i]
                if c in ws:
                    break
                if hyph:
                    p = text[i - 1]
                    if p == '-' and self._hyphen_break(text, i):
                        break
                    if c == '-' and _is_wordpunct(p) and i + 1 < n and text[i + 1] == '-':
                        j = i
                        while j < n and text[j] == '-':
                            j += 1
                        if j < n and _is_word(text[j]):
                            break
                i += 1
            chunks.append(text[start:i])
        return chunks

    @staticmethod
    def _hyphen_break(text, i):
        # text[i - 1] is '-': (?<=lt{2}-|lt-lt-) (?=lt -? lt)
        n = len(text)
        if i >= 3 and _is_letter(text[i - 2]) and _is_letter(text[i - 3]):
            pass
        elif (i >= 4 and _is_letter(text[i - 2]) and text[i - 3] == '-'
              and _is_letter(text[i - 4])):
            pass
        else:
            return False
        if i < n and _is_letter(text[i]):
            if i + 1 < n and _is_letter(text[i + 1]):
                return True
            if i + 2 < n and text[i + 1] == '-' and _is_letter(text[i + 2]):
                return True
        return False

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and self._sentence_end(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    @staticmethod
    def _sentence_end(chunk):
        # [a-z][.!?]["']?\Z
        s = chunk
        if s and s[-1] in '"\'':
            s = s[:-1]
        return len(s) >= 2 and s[-1] in '.!?' and 'a' <= s[-2] <= 'z'

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        if width < 1:
            space_left = 1
        else:
            space_left = width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and any(c != '-' for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            if self.max_lines > 1:
                indent = self.subsequent_indent
            else:
                indent = self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        chunks.reverse()
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                del chunks[-1]
            while chunks:
                n = len(chunks[-1])
                if cur_len + n <= width:
                    cur_line.append(chunks.pop())
                    cur_len += n
                else:
                    break
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if cur_line:
                if (self.max_lines is None or len(lines) + 1 < self.max_lines or
                        (not chunks or
                         self.drop_whitespace and len(chunks) == 1 and not chunks[0].strip())
                        and cur_len <= width):
                    lines.append(indent + ''.join(cur_line))
                else:
                    while cur_line:
                        if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                            cur_line.append(self.placeholder)
                            lines.append(indent + ''.join(cur_line))
                            break
                        cur_len -= len(cur_line[-1])
                        del cur_line[-1]
                    else:
                        if lines:
                            prev = lines[-1].rstrip()
                            if len(prev) + len(self.placeholder) <= self.width:
                                lines[-1] = prev + self.placeholder
                                break
                        lines.append(indent + self.placeholder.lstrip())
                    break
        return lines

    def wrap(self, text):
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """The lines (without newlines) of text wrapped to width columns."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """text wrapped to width columns, as one str."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """text collapsed and truncated to fit width, ending in a placeholder."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def dedent(text):
    """text with the whitespace common to the start of every line removed."""
    lines = text.split('\n')
    margin = None
    for k, line in enumerate(lines):
        stripped = line.lstrip(' \t')
        if not stripped:
            if line:
                lines[k] = ''
            continue
        ind = line[:len(line) - len(stripped)]
        if margin is None:
            margin = ind
        elif ind.startswith(margin):
            pass
        elif margin.startswith(ind):
            margin = ind
        else:
            for i, (x, y) in enumerate(zip(margin, ind)):
                if x != y:
                    margin = margin[:i]
                    break
    if margin:
        n = len(margin)
        lines = [line[n:] if line else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """text with prefix added to the lines for which predicate is true
    (by default, the lines that are not whitespace only)."""
    out = []
    for line in text.splitlines(True):
        if (line.strip() if predicate is None else predicate(line)):
            out.append(prefix + line)
        else:
            out.append(line)
    return ''.join(out)
