package org.posyandu.rest.internal.json;

import java.io.DataInput;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.IOContext;

/**
 * The API mapper's JSON factory: every parser it makes is a {@link CheckedTextParser}, whatever the source, so
 * the text rules hold in one place for every request body (records, maps, trees).
 */
public final class CheckedJsonFactory extends JsonFactory {
    private static final long serialVersionUID = 1L;

    public CheckedJsonFactory() {
        super();
    }

    private CheckedJsonFactory(CheckedJsonFactory source) {
        super(source, null);
    }

    @Override
    public JsonFactory copy() {
        return new CheckedJsonFactory(this);
    }

    @Override
    protected JsonParser _createParser(InputStream in, IOContext ctxt) throws IOException {
        return new CheckedTextParser(super._createParser(in, ctxt));
    }

    @Override
    protected JsonParser _createParser(Reader r, IOContext ctxt) throws IOException {
        return new CheckedTextParser(super._createParser(r, ctxt));
    }

    @Override
    protected JsonParser _createParser(char[] data, int offset, int len, IOContext ctxt, boolean recyclable)
            throws IOException {
        return new CheckedTextParser(super._createParser(data, offset, len, ctxt, recyclable));
    }

    @Override
    protected JsonParser _createParser(byte[] data, int offset, int len, IOContext ctxt) throws IOException {
        return new CheckedTextParser(super._createParser(data, offset, len, ctxt));
    }

    @Override
    protected JsonParser _createParser(DataInput input, IOContext ctxt) throws IOException {
        return new CheckedTextParser(super._createParser(input, ctxt));
    }
}
