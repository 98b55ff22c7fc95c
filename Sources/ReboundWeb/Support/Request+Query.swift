import Hummingbird
import ReboundForms

extension Request {
    /// The query string read as an HTML form sends it (`+` for a space, as `GET` forms
    /// write it, which the router's query parameters leave as a plus).
    var queryForm: FormData { FormData(urlEncoded: Substring(uri.query ?? "")) }
}
