from diklat_cli.cli import main

main()
