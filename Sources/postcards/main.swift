import PostcardsCLI

Postcards.runMain()
