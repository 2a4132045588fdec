using System;
using System.Text;

namespace KognitosGen.Binding;

/// <summary>Type names as C# writes them, for messages.</summary>
internal static class TypeNames
{
    public static string CSharp(Type type)
    {
        var text = new StringBuilder();
        Append(text, type);
        return text.ToString();
    }

    private static void Append(StringBuilder text, Type type)
    {
        if (type.IsArray)
        {
            Append(text, type.GetElementType()!);
            text.Append('[').Append(',', type.GetArrayRank() - 1).Append(']');
            return;
        }

        var underlying = Nullable.GetUnderlyingType(type);
        if (underlying is not null)
        {
            Append(text, underlying);
            text.Append('?');
            return;
        }

        if (!type.IsGenericType)
        {
            text.Append(Keyword(type) ?? type.Name);
            return;
        }

        var name = type.Name;
        var tick = name.IndexOf('`');
        text.Append(tick < 0 ? name : name.Substring(0, tick)).Append('<');
        var arguments = type.GetGenericArguments();
        for (var i = 0; i < arguments.Length; i++)
        {
            if (i > 0)
                text.Append(", ");
            Append(text, arguments[i]);
        }

        text.Append('>');
    }

    private static string? Keyword(Type type)
    {
        if (type == typeof(string)) return "string";
        if (type == typeof(bool)) return "bool";
        if (type == typeof(byte)) return "byte";
        if (type == typeof(sbyte)) return "sbyte";
        if (type == typeof(short)) return "short";
        if (type == typeof(ushort)) return "ushort";
        if (type == typeof(int)) return "int";
        if (type == typeof(uint)) return "uint";
        if (type == typeof(long)) return "long";
        if (type == typeof(ulong)) return "ulong";
        if (type == typeof(float)) return "float";
        if (type == typeof(double)) return "double";
        if (type == typeof(decimal)) return "decimal";
        if (type == typeof(char)) return "char";
        if (type == typeof(object)) return "object";
        return null;
    }
}
