from actors.cli import main

main(prog_name="enclave")
