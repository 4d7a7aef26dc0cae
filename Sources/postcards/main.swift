import PostcardsCLI

await Postcards.main()
