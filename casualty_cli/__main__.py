from casualty_cli.cli import main

main()
