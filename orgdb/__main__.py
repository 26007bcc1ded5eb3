from orgdb.cli import main

main()
