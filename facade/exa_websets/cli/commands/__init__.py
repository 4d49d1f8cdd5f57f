"""One module per command group; each has ``register(commands)`` adding its subcommands and their handlers."""
