# A base __init__ calling overridable methods and reading class-level configuration.
class Widget:
    defaults = {'color': 'grey', 'size': 1}

    def __init__(self, **opts):
        self.config = dict(self.defaults)
        self.config.update(opts)
        self.parts = self.build()
        self.log = ['init ' + type(self).__name__]

    def build(self):
        return ['frame']

class Button(Widget):
    defaults = dict(Widget.defaults, color='blue', label='OK')

    def build(self):
        return super().build() + ['label:' + self.config['label']]

class Danger(Button):
    defaults = dict(Button.defaults, color='red')

    def build(self):
        parts = super().build()
        parts.insert(0, 'warning-icon')
        return parts

for cls in [Widget, Button, Danger]:
    w = cls(size=2)
    print(cls.__name__, w.config, w.parts, w.log)
print(Danger(label='Delete').parts)

class Early:
    def __init__(self):
        self.name = self.compute_name()

    def compute_name(self):
        return 'early'

class UsesUnsetAttr(Early):
    def compute_name(self):
        return 'late:' + self.suffix

try:
    UsesUnsetAttr()
except AttributeError as e:
    print(type(e).__name__, e)

class WithSuffix(UsesUnsetAttr):
    suffix = 'class-level suffix'

print(WithSuffix().name)

class Factory:
    @classmethod
    def make(cls, *args):
        return cls(*args)

    def clone(self):
        return type(self)(*self.args())

    def args(self):
        return ()

class Pt(Factory):
    def __init__(self, x=0, y=0):
        self.x, self.y = x, y

    def args(self):
        return (self.x, self.y)

p = Pt.make(1, 2)
q = p.clone()
print(type(q).__name__, q.x, q.y, q is not p, p.__class__(5).x)
