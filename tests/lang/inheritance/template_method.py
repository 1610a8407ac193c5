# Template-method pattern and abstract-style NotImplementedError hooks.
class Report:
    def render(self):
        parts = [self.header()]
        for row in self.rows():
            parts.append(self.format_row(row))
        parts.append(self.footer())
        return '\n'.join(parts)

    def header(self):
        return '== ' + self.title() + ' =='

    def title(self):
        raise NotImplementedError(f'{type(self).__name__} must implement title()')

    def rows(self):
        return []

    def format_row(self, row):
        return ' - ' + str(row)

    def footer(self):
        return f'({len(list(self.rows()))} rows)'


class Sales(Report):
    def title(self):
        return 'Sales'

    def rows(self):
        return [('apples', 3), ('pears', 5)]

    def format_row(self, row):
        name, n = row
        return f' * {name:<8}{n:>3}'


class Empty(Report):
    def title(self):
        return 'Nothing'


class Broken(Report):
    pass


print(Sales().render())
print(Empty().render())
try:
    Broken().render()
except NotImplementedError as e:
    print(type(e).__name__, e)


class Shape:
    def area(self):
        return NotImplemented

    def describe(self):
        a = self.area()
        if a is NotImplemented:
            return f'{type(self).__name__}: area unknown'
        return f'{type(self).__name__}: area {a}'


class Sq(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2


class Circle(Shape):
    pass


print(Sq(3).describe(), '|', Circle().describe())
print(NotImplemented, type(NotImplemented).__name__, repr(NotImplemented))
