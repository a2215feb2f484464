import Testing

@testable import Catalog

@Suite struct JSONValueTests {
    @Test func stringsAreEscapedOnceAndUnicodeIsKept() {
        let text = JSONValue.string("a\"b\\c\nd\te\u{1}f 模型 😀").text
        #expect(text == "\"a\\\"b\\\\c\\nd\\te\\u0001f 模型 😀\"\n")
    }

    @Test func keysAreSortedAndIndented() {
        let text = JSONValue.object(["b": .number(2), "a": .array([.null, .bool(true)]), "c": .object([:])]).text
        #expect(text == "{\n  \"a\": [\n    null,\n    true\n  ],\n  \"b\": 2,\n  \"c\": {}\n}\n")
    }

    /// Members given in key order are written exactly as the same object's.
    @Test func orderedMembersAreWrittenAsTheObject() {
        let members: [(String, JSONValue)] = [
            ("a", .array([.null])), ("b", .ordered([("x", .number(1)), ("y", .object([:]))])), ("c", .ordered([])),
        ]
        let object = JSONValue.object([
            "c": .object([:]), "a": .array([.null]), "b": .object(["y": .object([:]), "x": .number(1)]),
        ])
        #expect(JSONValue.ordered(members).text == object.text)
    }

    @Test(
        "numbers",
        arguments: [(22.0, "22"), (2.4, "2.4"), (0.606, "0.606"), (-3.0, "-3"), (1e20, "1e+20"), (Double.nan, "null")])
    func numbers(value: Double, text: String) {
        #expect(JSONValue.format(value) == text)
    }
}
