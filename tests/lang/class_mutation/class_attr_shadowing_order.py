# Changing where an attribute lives (instance, class, base, metaclass) in sequence.
class Meta(type):
    where = 'metaclass'


class Base(metaclass=Meta):
    pass


class Cls(Base):
    pass


obj = Cls()
steps = []


def record(label):
    steps.append((label, getattr(Cls, 'where', None), getattr(obj, 'where', None)))


record('only meta')
Base.where = 'base'
record('base added')
Cls.where = 'class'
record('class added')
obj.where = 'instance'
record('instance added')
del Cls.where
record('class removed')
del obj.where
record('instance removed')
del Base.where
record('base removed')
del Meta.where
record('meta removed')
for s in steps:
    print(s)
