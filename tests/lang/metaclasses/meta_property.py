# Class-level properties through the metaclass, with setters and deleters.
class Meta(type):
    @property
    def config(cls):
        return cls._config

    @config.setter
    def config(cls, value):
        print('setting config on', cls.__name__)
        cls._config = dict(value)

    @config.deleter
    def config(cls):
        print('resetting config on', cls.__name__)
        cls._config = {}

class Service(metaclass=Meta):
    _config = {'debug': False}

    @property
    def config(self):
        return 'instance-level property'

print(Service.config, Service().config)
Service.config = [('debug', True)]
print(Service.config, Service._config)
del Service.config
print(Service.config)

class Sub(Service):
    pass

Sub.config = {'x': 1}
print(Sub.config, Service.config, 'config' in vars(Sub))

class ReadOnlyMeta(type):
    @property
    def version(cls):
        return '1.0'

class Product(metaclass=ReadOnlyMeta):
    pass

print(Product.version)
try:
    Product.version = '2.0'
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del Product.version
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Product().version
except AttributeError as e:
    print(type(e).__name__, e)

class DataMeta(type):
    class Desc:
        def __get__(self, obj, owner):
            return ('meta data descriptor', obj.__name__)

        def __set__(self, obj, value):
            print('meta descriptor set', value)

    d = Desc()

class UsesData(metaclass=DataMeta):
    d = 'class dict value'

print(UsesData.d, UsesData().d)
UsesData.d = 'assigned'
print(UsesData.__dict__['d'])
