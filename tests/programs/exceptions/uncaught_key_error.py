# Checks that an uncaught KeyError prints the repr of the key as the last stderr line.
config = {"host": "localhost", "port": 8080}
def lookup(key):
    def fetch():
        return config[key]
    return fetch()

print(lookup("host"), lookup("port"))
print(lookup("it's missing"))
