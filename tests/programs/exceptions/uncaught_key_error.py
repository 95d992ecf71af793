# Checks that an uncaught KeyError prints the repr of the key as the last stderr line.
config = {"host": "localhost", "port": 8080, 3: "three", (1, 2): "pair"}

def lookup(key):
    def fetch():
        return config[key]
    return fetch()

print(lookup("host"), lookup("port"), lookup(3), lookup((1, 2)))
print(config.get("user"), config.get("user", "guest"), "user" in config)

# Caught KeyErrors: str(e) is the repr of the key.
for key in ["user", 4, (2, 1), "it's"]:
    try:
        lookup(key)
    except KeyError as e:
        print("caught", str(e), e.args, repr(e))

config["user"] = "root"
print(lookup("user"))
print(lookup("it's missing"))
