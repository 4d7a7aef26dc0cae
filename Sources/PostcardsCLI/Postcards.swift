import ArgumentParser
import Foundation
import PostcardsStore

public struct Postcards: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "postcards",
        abstract: "Spaced-repetition review in the terminal (SM-2 over a SQLite review log).",
        subcommands: [
            ReviewCommand.self, ImportCommand.self, ExportCommand.self, DoctorCommand.self, LintCommand.self,
            StatsCommand.self, CardsCommand.self, ConfigCommand.self, BackupCommand.self, DevCommand.self,
        ],
        defaultSubcommand: ReviewCommand.self
    )

    public init() {}

    /// Runs the command line, turning every error into a message and a sysexits code.
    public static func runMain(_ arguments: [String]? = nil) -> Never {
        do {
            var command = try parseAsRoot(arguments)
            do {
                try command.run()
            } catch let error as StoreError {
                throw CLIError(error)
            } catch {
                if let path = (command as? OpensCollection)?.collectionPath, let damage = StoreError.damage(in: error, path: path) {
                    throw CLIError(damage)
                }
                throw error
            }
            Foundation.exit(0)
        } catch let error as CLIError {
            FileHandle.standardError.write(Data("postcards: \(error.message)\n".utf8))
            Foundation.exit(error.exitCode)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            FileHandle.standardError.write(Data("\(fullMessage(for: error))\n".utf8))
            Foundation.exit(code == .validationFailure ? ExitStatus.usage : code.rawValue)
        }
    }
}
