# super() in classmethods, staticmethods and __new__.
class Base:
    registry = []

    @classmethod
    def create(cls, *args):
        print('Base.create for', cls.__name__)
        obj = cls.__new__(cls)
        obj.args = args
        return obj

    @classmethod
    def name(cls):
        return 'Base:' + cls.__name__

    def __new__(cls, *args, **kw):
        print('Base.__new__', cls.__name__)
        return super().__new__(cls)


class Child(Base):
    @classmethod
    def create(cls, *args):
        print('Child.create')
        obj = super().create(*args)
        obj.child = True
        return obj

    @classmethod
    def name(cls):
        return 'Child>' + super().name()

    def __new__(cls, *args, **kw):
        print('Child.__new__', args)
        return super().__new__(cls, *args, **kw)


class Grand(Child):
    pass


o = Child.create(1, 2)
print(type(o).__name__, o.args, o.child)
g = Grand.create()
print(type(g).__name__)
print(Child.name(), Grand.name(), Grand().name())


class S:
    @staticmethod
    def helper():
        try:
            return super().helper()
        except RuntimeError as e:
            return type(e).__name__ + ': ' + str(e)


print(S.helper())


class T(Base):
    @staticmethod
    def explicit():
        return super(T, T).name()


print(T.explicit())


class InitSubclassSuper(Base):
    def __init_subclass__(cls, **kw):
        print('InitSubclassSuper.__init_subclass__', cls.__name__)
        super().__init_subclass__(**kw)


class Sub(InitSubclassSuper):
    pass
