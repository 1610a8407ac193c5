# Overriding a member with a different kind: method->property, attr->method, etc.
class Base:
    value = 'plain attribute'

    def compute(self):
        return 'Base.compute'

    @classmethod
    def make(cls):
        return 'Base.make for ' + cls.__name__

    @staticmethod
    def util():
        return 'Base.util'

    @property
    def prop(self):
        return 'Base.prop'

class Sub(Base):
    @property
    def value(self):
        return 'now a property'

    compute = 'now a string'

    @staticmethod
    def make():
        return 'Sub.make static'

    @classmethod
    def util(cls):
        return 'Sub.util classmethod on ' + cls.__name__

    prop = 'shadowing a property with a plain attribute'

s = Sub()
print(s.value, s.compute, s.make(), s.util(), s.prop)
print(Sub.make(), Sub.util(), type(Sub.value).__name__)
try:
    s.compute()
except TypeError as e:
    print(type(e).__name__, e)
s.prop = 'instance can set now'
print(s.prop)
try:
    s.value = 'x'
except AttributeError as e:
    print(type(e).__name__, e)

class Sub2(Sub):
    value = 'back to plain'

    def compute(self):
        return 'Sub2.compute, super: ' + super().compute

print(Sub2().value, Sub2().compute())

class NoneOverride(Base):
    compute = None

try:
    NoneOverride().compute()
except TypeError as e:
    print(type(e).__name__, e)

class DelInSub(Base):
    pass

print(DelInSub().compute())
try:
    del DelInSub.compute
except AttributeError as e:
    print(type(e).__name__, e)
