import Foundation
import Testing
@testable import PostcardsCore

/// The shared vectors: 400 grade sequences with the state after every step.
struct SM2VectorTests {
    struct Step: Decodable {
        let q: Int
        let repetitions: Int
        let interval: Int
        let ef_hundredths: Int
    }

    struct Vector: Decodable {
        let grades: [Int]
        let steps: [Step]
    }

    static func vectors() throws -> [Vector] {
        let url = try #require(Bundle.module.url(forResource: "sm2", withExtension: "jsonl", subdirectory: "Fixtures"))
        let text = try String(contentsOf: url, encoding: .utf8)
        return try text.split(separator: "\n").map { try JSONDecoder().decode(Vector.self, from: Data($0.utf8)) }
    }

    @Test func reproducesEverySharedVectorExactly() throws {
        let vectors = try Self.vectors()
        #expect(vectors.count == 400)
        for (index, vector) in vectors.enumerated() {
            var state = SM2State.new
            for (step, expected) in zip(vector.grades, vector.steps) {
                let grade = try #require(Grade(step))
                state = SM2.next(state, grade: grade)
                let wanted = SM2State(repetitions: expected.repetitions, interval: expected.interval, efHundredths: expected.ef_hundredths)
                #expect(state == wanted, "vector \(index), grades \(vector.grades)")
            }
        }
    }
}
