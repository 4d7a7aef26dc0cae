import PostcardsStore

extension CLIError {
    /// A store problem as the command line reports it: the store's message, and an exit code
    /// that says whether the file's content or its place is at fault.
    init(_ error: StoreError) {
        let code = switch error.category {
        case .data: ExitStatus.dataError
        case .place: ExitStatus.cannotCreate
        case .software: ExitStatus.software
        }
        self.init(error.description, exitCode: code)
    }
}
