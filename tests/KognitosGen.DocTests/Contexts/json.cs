// context=json: System.Text.Json's types (JsonElement, ...), as a file that uses them imports them.
global using System.Text.Json;
